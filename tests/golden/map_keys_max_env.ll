; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_h = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !49
@tp_ro = constant [576 x i8] zeroinitializer, section ".rodata", align 8, !dbg !58

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !79 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !85
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %zero = alloca i32, align 4, !dbg !86
  store i32 0, i32* %zero, align 4, !dbg !86
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !86
  %1 = icmp eq i64 %0, 0, !dbg !86
  br i1 %1, label %pid.match, label %pid.filter, !dbg !86

return:                                           ; preds = %agg.done, %bucket.done, %pid.filter
  ret i32 0, !dbg !86

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !86
  %3 = lshr i64 %2, 32, !dbg !86
  %4 = icmp eq i64 %3, %0, !dbg !86
  br i1 %4, label %pid.match, label %return, !dbg !86

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !87
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !87
  %pid = lshr i64 %6, 32, !dbg !87
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !87
  store i64 %pid, i64* %7, align 8, !dbg !87
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !87
  %.not = icmp eq i8* %8, null, !dbg !87
  br i1 %.not, label %agg.init, label %agg.have, !dbg !87

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %9 = getelementptr i8, i8* %ctx, i64 32, !dbg !88
  %10 = bitcast i8* %9 to i64*, !dbg !88
  %11 = load i64, i64* %10, align 8, !dbg !88
  %12 = bitcast [1 x i64]* %tmp to i32*, !dbg !88
  store i32 0, i32* %12, align 8, !dbg !88
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_h to i8*), i8* nonnull %5) #0, !dbg !88
  %.not5 = icmp eq i8* %13, null, !dbg !88
  br i1 %.not5, label %return, label %agg.have2, !dbg !88

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %8, %pid.match ], [ %18, %agg.init ], !dbg !87
  %14 = bitcast i8* %agg to i64*, !dbg !87
  %15 = load i64, i64* %14, align 8, !dbg !87
  %16 = add i64 %15, 1, !dbg !87
  store i64 %16, i64* %14, align 8, !dbg !87
  br label %agg.done, !dbg !87

agg.init:                                         ; preds = %pid.match
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5, i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !87
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !87
  %.not3 = icmp eq i8* %18, null, !dbg !87
  br i1 %.not3, label %agg.full, label %agg.have, !dbg !87

agg.full:                                         ; preds = %agg.init
  %19 = bitcast i32* %zero to i8*, !dbg !87
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !87
  %.not4 = icmp eq i8* %20, null, !dbg !87
  br i1 %.not4, label %agg.done, label %stat.inc, !dbg !87

stat.inc:                                         ; preds = %agg.full
  %21 = getelementptr i8, i8* %20, i64 8, !dbg !87
  %22 = bitcast i8* %21 to i64*, !dbg !87
  %23 = load i64, i64* %22, align 8, !dbg !87
  %24 = add i64 %23, 1, !dbg !87
  store i64 %24, i64* %22, align 8, !dbg !87
  br label %agg.done, !dbg !87

agg.have2:                                        ; preds = %agg.done
  %25 = icmp ugt i64 %11, 4294967295, !dbg !88
  %26 = lshr i64 %11, 32, !dbg !88
  %27 = select i1 %25, i64 %26, i64 %11, !dbg !88
  %28 = select i1 %25, i64 32, i64 0, !dbg !88
  %29 = icmp ugt i64 %27, 65535, !dbg !88
  %30 = lshr i64 %27, 16, !dbg !88
  %31 = select i1 %29, i64 %30, i64 %27, !dbg !88
  %32 = or i64 %28, 16, !dbg !88
  %33 = select i1 %29, i64 %32, i64 %28, !dbg !88
  %34 = icmp ugt i64 %31, 255, !dbg !88
  %35 = lshr i64 %31, 8, !dbg !88
  %36 = select i1 %34, i64 %35, i64 %31, !dbg !88
  %37 = or i64 %33, 8, !dbg !88
  %38 = select i1 %34, i64 %37, i64 %33, !dbg !88
  %39 = icmp ugt i64 %36, 15, !dbg !88
  %40 = lshr i64 %36, 4, !dbg !88
  %41 = select i1 %39, i64 %40, i64 %36, !dbg !88
  %42 = or i64 %38, 4, !dbg !88
  %43 = select i1 %39, i64 %42, i64 %38, !dbg !88
  %44 = icmp ugt i64 %41, 3, !dbg !88
  %45 = lshr i64 %41, 2, !dbg !88
  %46 = select i1 %44, i64 %45, i64 %41, !dbg !88
  %47 = add i64 %43, 2, !dbg !88
  %48 = select i1 %44, i64 %47, i64 %43, !dbg !88
  %49 = icmp ugt i64 %46, 1, !dbg !88
  %50 = zext i1 %49 to i64, !dbg !88
  %51 = add i64 %48, %50, !dbg !88
  %52 = add i64 %51, 2, !dbg !88
  %53 = icmp eq i64 %11, 0, !dbg !88
  %54 = select i1 %53, i64 1, i64 %52, !dbg !88
  %55 = icmp slt i64 %11, 0, !dbg !88
  %bucket = select i1 %55, i64 0, i64 %54, !dbg !88
  %56 = icmp ult i64 %bucket, 66, !dbg !88
  br i1 %56, label %bucket.bump, label %bucket.done, !dbg !88

bucket.bump:                                      ; preds = %agg.have2
  %57 = shl i64 %bucket, 3, !dbg !88
  %58 = getelementptr i8, i8* %13, i64 %57, !dbg !88
  %59 = bitcast i8* %58 to i64*, !dbg !88
  %60 = load i64, i64* %59, align 8, !dbg !88
  %61 = add i64 %60, 1, !dbg !88
  store i64 %61, i64* %59, align 8, !dbg !88
  br label %bucket.done, !dbg !88

bucket.done:                                      ; preds = %bucket.bump, %agg.have2
  %62 = getelementptr i8, i8* %13, i64 528, !dbg !88
  %63 = bitcast i8* %62 to i64*, !dbg !88
  %64 = load i64, i64* %63, align 8, !dbg !88
  %65 = add i64 %64, %11, !dbg !88
  store i64 %65, i64* %63, align 8, !dbg !88
  br label %return, !dbg !88
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!77, !78}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !65, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "map_keys_max_env.tp", directory: ".")
!4 = !{!0, !5, !28, !49, !58}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 3200, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 100, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "m_h", linkageName: "m_h", scope: !2, file: !3, type: !51, isLocal: false, isDefinition: true, align: 64)
!51 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !52)
!52 = !{!9, !15, !20, !53}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !54, size: 64, align: 64, offset: 192)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64, align: 64, dwarfAddressSpace: 0)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 4288, align: 64, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: 67, lowerBound: 0)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!60 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !61)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 4608, align: 8, elements: !63)
!62 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!63 = !{!64}
!64 = !DISubrange(count: 576, lowerBound: 0)
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
!79 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 3, type: !80, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!80 = !DISubroutineType(types: !81)
!81 = !{!12, !82}
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !79, file: !3, line: 3, type: !82)
!85 = !DILocation(line: 3, scope: !79)
!86 = !DILocation(line: 3, column: 1, scope: !79)
!87 = !DILocation(line: 3, column: 38, scope: !79)
!88 = !DILocation(line: 3, column: 56, scope: !79)
