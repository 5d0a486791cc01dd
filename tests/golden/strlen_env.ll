; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !59

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !79 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %zero = alloca i32, align 4, !dbg !86
  store i32 0, i32* %zero, align 4, !dbg !86
  %0 = bitcast i32* %zero to i8*, !dbg !86
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !86
  %.not = icmp eq i8* %1, null, !dbg !86
  br i1 %.not, label %return, label %body, !dbg !86

body:                                             ; preds = %entry
  %2 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !87
  %.not3 = icmp eq i8* %2, null, !dbg !87
  br i1 %.not3, label %rec.lost, label %rec.fill, !dbg !87

return:                                           ; preds = %agg.full, %stat.inc1, %agg.have, %entry
  ret i32 0, !dbg !86

rec.fill:                                         ; preds = %body
  %3 = bitcast i8* %2 to i64*, !dbg !87
  store i64 1, i64* %3, align 8, !dbg !87
  %4 = getelementptr i8, i8* %2, i64 8, !dbg !87
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !87
  %6 = bitcast i8* %5 to i64*, !dbg !87
  %7 = load i64, i64* %6, align 8, !dbg !87
  %8 = inttoptr i64 %7 to i8*, !dbg !87
  %9 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %4, i32 201, i8* %8) #0, !dbg !87
  %10 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !87
  %11 = icmp ugt i64 %10, 65536, !dbg !87
  %12 = select i1 %11, i64 2, i64 1, !dbg !87
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %2, i64 %12) #0, !dbg !87
  br label %rec.done, !dbg !87

rec.lost:                                         ; preds = %body
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !87
  %.not4 = icmp eq i8* %13, null, !dbg !87
  br i1 %.not4, label %rec.done, label %stat.inc, !dbg !87

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %1, i8 0, i64 200, i1 false), !dbg !88
  %14 = getelementptr i8, i8* %ctx, i64 24, !dbg !88
  %15 = bitcast i8* %14 to i64*, !dbg !88
  %16 = load i64, i64* %15, align 8, !dbg !88
  %17 = inttoptr i64 %16 to i8*, !dbg !88
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 200, i8* %17) #0, !dbg !88
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !88
  %.not5 = icmp eq i8* %19, null, !dbg !88
  br i1 %.not5, label %agg.init, label %agg.have, !dbg !88

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %13 to i64*, !dbg !87
  %21 = load i64, i64* %20, align 8, !dbg !87
  %22 = add i64 %21, 1, !dbg !87
  store i64 %22, i64* %20, align 8, !dbg !87
  br label %rec.done, !dbg !87

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %19, %rec.done ], [ %27, %agg.init ], !dbg !88
  %23 = bitcast i8* %agg to i64*, !dbg !88
  %24 = load i64, i64* %23, align 8, !dbg !88
  %25 = add i64 %24, 1, !dbg !88
  store i64 %25, i64* %23, align 8, !dbg !88
  br label %return, !dbg !88

agg.init:                                         ; preds = %rec.done
  %26 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !88
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !88
  %.not6 = icmp eq i8* %27, null, !dbg !88
  br i1 %.not6, label %agg.full, label %agg.have, !dbg !88

agg.full:                                         ; preds = %agg.init
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !88
  %.not7 = icmp eq i8* %28, null, !dbg !88
  br i1 %.not7, label %return, label %stat.inc1, !dbg !88

stat.inc1:                                        ; preds = %agg.full
  %29 = getelementptr i8, i8* %28, i64 8, !dbg !88
  %30 = bitcast i8* %29 to i64*, !dbg !88
  %31 = load i64, i64* %30, align 8, !dbg !88
  %32 = add i64 %31, 1, !dbg !88
  store i64 %32, i64* %30, align 8, !dbg !88
  br label %return, !dbg !88
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!77, !78}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !65, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_env.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !59}
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
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 1600, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 1600, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1600, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 200, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 32, lowerBound: 0)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !61, isLocal: false, isDefinition: true, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !62)
!62 = !{!9, !15, !20, !63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 192)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !66)
!66 = !{!67, !72}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !68, size: 64, align: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 27, lowerBound: 0)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !73, size: 64, align: 64, offset: 64)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 262144, lowerBound: 0)
!77 = !{i32 2, !"Debug Info Version", i32 3}
!78 = !{i32 2, !"Dwarf Version", i32 4}
!79 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !80, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!80 = !DISubroutineType(types: !81)
!81 = !{!12, !82}
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !79, file: !3, line: 3, type: !82)
!85 = !DILocation(line: 3, scope: !79)
!86 = !DILocation(line: 3, column: 1, scope: !79)
!87 = !DILocation(line: 4, column: 2, scope: !79)
!88 = !DILocation(line: 5, column: 2, scope: !79)
