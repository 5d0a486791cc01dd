; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53

; Function Attrs: nounwind
define i32 @tp0_sched_process_exec(i8* %ctx) #0 section "tracepoint/sched/sched_process_exec" !dbg !73 {
entry:
  %tmp = alloca [8 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %agg.full, %stat.inc1, %agg.have, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 12, !dbg !81
  %6 = bitcast i8* %5 to i32*, !dbg !81
  %7 = load i32, i32* %6, align 4, !dbg !81
  %8 = getelementptr i8, i8* %ctx, i64 16, !dbg !81
  %9 = bitcast i8* %8 to i32*, !dbg !81
  %10 = load i32, i32* %9, align 4, !dbg !81
  %11 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %11, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

rec.fill:                                         ; preds = %pid.match
  %12 = sext i32 %10 to i64, !dbg !81
  %13 = sext i32 %7 to i64, !dbg !81
  %14 = bitcast i8* %11 to i64*, !dbg !81
  store i64 1, i64* %14, align 8, !dbg !81
  %15 = getelementptr i8, i8* %11, i64 8, !dbg !81
  %16 = getelementptr i8, i8* %ctx, i64 8, !dbg !81
  %17 = bitcast i8* %16 to i32*, !dbg !81
  %18 = load i32, i32* %17, align 4, !dbg !81
  %19 = and i32 %18, 65535, !dbg !81
  %20 = zext i32 %19 to i64, !dbg !81
  %21 = ptrtoint i8* %ctx to i64, !dbg !81
  %22 = add i64 %21, %20, !dbg !81
  %23 = inttoptr i64 %22 to i8*, !dbg !81
  %24 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %15, i32 64, i8* %23) #0, !dbg !81
  %25 = getelementptr i8, i8* %11, i64 72, !dbg !81
  %26 = bitcast i8* %25 to i64*, !dbg !81
  store i64 %13, i64* %26, align 8, !dbg !81
  %27 = getelementptr i8, i8* %11, i64 80, !dbg !81
  %28 = bitcast i8* %27 to i64*, !dbg !81
  store i64 %12, i64* %28, align 8, !dbg !81
  %29 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %30 = icmp ugt i64 %29, 65536, !dbg !81
  %31 = select i1 %30, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %11, i64 %31) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %pid.match
  %32 = bitcast i32* %zero to i8*, !dbg !81
  %33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %32) #0, !dbg !81
  %.not3 = icmp eq i8* %33, null, !dbg !81
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %34 = bitcast [8 x i64]* %tmp to i8*, !dbg !82
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %34, i8 0, i64 64, i1 false), !dbg !82
  %35 = getelementptr i8, i8* %ctx, i64 8, !dbg !82
  %36 = bitcast i8* %35 to i32*, !dbg !82
  %37 = load i32, i32* %36, align 4, !dbg !82
  %38 = and i32 %37, 65535, !dbg !82
  %39 = zext i32 %38 to i64, !dbg !82
  %40 = ptrtoint i8* %ctx to i64, !dbg !82
  %41 = add i64 %40, %39, !dbg !82
  %42 = inttoptr i64 %41 to i8*, !dbg !82
  %43 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %34, i32 64, i8* %42) #0, !dbg !82
  %44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %34) #0, !dbg !82
  %.not4 = icmp eq i8* %44, null, !dbg !82
  br i1 %.not4, label %agg.init, label %agg.have, !dbg !82

stat.inc:                                         ; preds = %rec.lost
  %45 = bitcast i8* %33 to i64*, !dbg !81
  %46 = load i64, i64* %45, align 8, !dbg !81
  %47 = add i64 %46, 1, !dbg !81
  store i64 %47, i64* %45, align 8, !dbg !81
  br label %rec.done, !dbg !81

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %44, %rec.done ], [ %52, %agg.init ], !dbg !82
  %48 = bitcast i8* %agg to i64*, !dbg !82
  %49 = load i64, i64* %48, align 8, !dbg !82
  %50 = add i64 %49, 1, !dbg !82
  store i64 %50, i64* %48, align 8, !dbg !82
  br label %return, !dbg !82

agg.init:                                         ; preds = %rec.done
  %51 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %34, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !82
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %34) #0, !dbg !82
  %.not5 = icmp eq i8* %52, null, !dbg !82
  br i1 %.not5, label %agg.full, label %agg.have, !dbg !82

agg.full:                                         ; preds = %agg.init
  %53 = bitcast i32* %zero to i8*, !dbg !82
  %54 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %53) #0, !dbg !82
  %.not6 = icmp eq i8* %54, null, !dbg !82
  br i1 %.not6, label %return, label %stat.inc1, !dbg !82

stat.inc1:                                        ; preds = %agg.full
  %55 = getelementptr i8, i8* %54, i64 8, !dbg !82
  %56 = bitcast i8* %55 to i64*, !dbg !82
  %57 = load i64, i64* %56, align 8, !dbg !82
  %58 = add i64 %57, 1, !dbg !82
  store i64 %58, i64* %56, align 8, !dbg !82
  br label %return, !dbg !82
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sched_process_fork(i8* %ctx) #0 section "tracepoint/sched/sched_process_fork" !dbg !83 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !87
  %1 = icmp eq i64 %0, 0, !dbg !87
  br i1 %1, label %pid.match, label %pid.filter, !dbg !87

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !87

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !87
  %3 = lshr i64 %2, 32, !dbg !87
  %4 = icmp eq i64 %3, %0, !dbg !87
  br i1 %4, label %pid.match, label %return, !dbg !87

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 136, i64 0) #0, !dbg !88
  %.not = icmp eq i8* %5, null, !dbg !88
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !88

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !88
  store i64 4294967297, i64* %6, align 8, !dbg !88
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !88
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !88
  %9 = bitcast i8* %8 to i32*, !dbg !88
  %10 = load i32, i32* %9, align 4, !dbg !88
  %11 = and i32 %10, 65535, !dbg !88
  %12 = zext i32 %11 to i64, !dbg !88
  %13 = ptrtoint i8* %ctx to i64, !dbg !88
  %14 = add i64 %13, %12, !dbg !88
  %15 = inttoptr i64 %14 to i8*, !dbg !88
  %16 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 64, i8* %15) #0, !dbg !88
  %17 = getelementptr i8, i8* %5, i64 72, !dbg !88
  %18 = getelementptr i8, i8* %ctx, i64 16, !dbg !88
  %19 = bitcast i8* %18 to i32*, !dbg !88
  %20 = load i32, i32* %19, align 4, !dbg !88
  %21 = and i32 %20, 65535, !dbg !88
  %22 = zext i32 %21 to i64, !dbg !88
  %23 = add i64 %13, %22, !dbg !88
  %24 = inttoptr i64 %23 to i8*, !dbg !88
  %25 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %17, i32 64, i8* %24) #0, !dbg !88
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !88
  %27 = icmp ugt i64 %26, 65536, !dbg !88
  %28 = select i1 %27, i64 2, i64 1, !dbg !88
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %28) #0, !dbg !88
  br label %return, !dbg !88

rec.lost:                                         ; preds = %pid.match
  %29 = bitcast i32* %zero to i8*, !dbg !88
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !88
  %.not1 = icmp eq i8* %30, null, !dbg !88
  br i1 %.not1, label %return, label %stat.inc, !dbg !88

stat.inc:                                         ; preds = %rec.lost
  %31 = bitcast i8* %30 to i64*, !dbg !88
  %32 = load i64, i64* %31, align 8, !dbg !88
  %33 = add i64 %32, 1, !dbg !88
  store i64 %33, i64* %31, align 8, !dbg !88
  br label %return, !dbg !88
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_data_loc_str.tp", directory: ".")
!4 = !{!0, !5, !28, !53}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 512, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 512, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 512, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 64, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 48, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "tp0_sched_process_exec", linkageName: "tp0_sched_process_exec", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 2, type: !76)
!79 = !DILocation(line: 2, scope: !73)
!80 = !DILocation(line: 2, column: 1, scope: !73)
!81 = !DILocation(line: 3, column: 2, scope: !73)
!82 = !DILocation(line: 4, column: 2, scope: !73)
!83 = distinct !DISubprogram(name: "tp1_sched_process_fork", linkageName: "tp1_sched_process_fork", scope: !3, file: !3, line: 6, type: !74, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !83, file: !3, line: 6, type: !76)
!86 = !DILocation(line: 6, scope: !83)
!87 = !DILocation(line: 6, column: 1, scope: !83)
!88 = !DILocation(line: 7, column: 2, scope: !83)
