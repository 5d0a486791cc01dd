; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_at = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_calls = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !43
@m_sym = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !58
@tp_ro = constant [80 x i8] zeroinitializer, section ".rodata", align 8, !dbg !68

; Function Attrs: nounwind
define i32 @tp0_ut_call(i8* %ctx) #0 section "uprobe" !dbg !88 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !94
  %tmp = alloca [1 x i64], align 8, !dbg !94
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !93, metadata !DIExpression()), !dbg !94
  %zero = alloca i32, align 4, !dbg !95
  store i32 0, i32* %zero, align 4, !dbg !95
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !95
  %1 = icmp eq i64 %0, 0, !dbg !95
  br i1 %1, label %pid.match, label %pid.filter, !dbg !95

return:                                           ; preds = %agg.full, %stat.inc3, %agg.have, %pid.filter
  ret i32 0, !dbg !95

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !95
  %3 = lshr i64 %2, 32, !dbg !95
  %4 = icmp eq i64 %3, %0, !dbg !95
  br i1 %4, label %pid.match, label %return, !dbg !95

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !96
  %6 = call i64 inttoptr (i64 173 to i64 (i8*)*)(i8* %ctx) #0, !dbg !96
  %7 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 48) to i64*), align 8, !dbg !96
  %8 = call i64 inttoptr (i64 173 to i64 (i8*)*)(i8* %ctx) #0, !dbg !96
  %uaddr1 = add i64 %8, %7, !dbg !96
  %9 = inttoptr i64 %uaddr1 to i8*, !dbg !96
  %10 = bitcast [1 x i64]* %tmp to i8*, !dbg !96
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !96
  store i64 0, i64* %11, align 8, !dbg !96
  %12 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %10, i32 4, i8* %9) #0, !dbg !96
  %13 = bitcast [1 x i64]* %tmp to i32*, !dbg !96
  %14 = load i32, i32* %13, align 8, !dbg !96
  %15 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !96
  %.not = icmp eq i8* %15, null, !dbg !96
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !96

rec.fill:                                         ; preds = %pid.match
  %16 = zext i32 %14 to i64, !dbg !96
  %uaddr = add i64 %6, %5, !dbg !96
  %17 = bitcast i8* %15 to i64*, !dbg !96
  store i64 1, i64* %17, align 8, !dbg !96
  %18 = getelementptr i8, i8* %15, i64 8, !dbg !96
  %19 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !96
  %20 = lshr i64 %19, 32, !dbg !96
  %21 = getelementptr i8, i8* %ctx, i64 112, !dbg !96
  %22 = bitcast i8* %21 to i64*, !dbg !96
  %23 = load i64, i64* %22, align 8, !dbg !96
  %24 = bitcast i8* %18 to i64*, !dbg !96
  store i64 %23, i64* %24, align 8, !dbg !96
  %25 = getelementptr i8, i8* %15, i64 16, !dbg !96
  %26 = bitcast i8* %25 to i64*, !dbg !96
  store i64 %20, i64* %26, align 8, !dbg !96
  %27 = getelementptr i8, i8* %15, i64 24, !dbg !96
  %28 = bitcast i8* %27 to i64*, !dbg !96
  store i64 %uaddr, i64* %28, align 8, !dbg !96
  %29 = getelementptr i8, i8* %15, i64 32, !dbg !96
  %30 = bitcast i8* %29 to i64*, !dbg !96
  store i64 %16, i64* %30, align 8, !dbg !96
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !96
  %32 = icmp ugt i64 %31, 65536, !dbg !96
  %33 = select i1 %32, i64 2, i64 1, !dbg !96
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %15, i64 %33) #0, !dbg !96
  br label %rec.done, !dbg !96

rec.lost:                                         ; preds = %pid.match
  %34 = bitcast i32* %zero to i8*, !dbg !96
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !96
  %.not5 = icmp eq i8* %35, null, !dbg !96
  br i1 %.not5, label %rec.done, label %stat.inc, !dbg !96

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %36 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !97
  %37 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !97
  %38 = lshr i64 %37, 32, !dbg !97
  %39 = getelementptr i8, i8* %ctx, i64 112, !dbg !97
  %40 = bitcast i8* %39 to i64*, !dbg !97
  %41 = load i64, i64* %40, align 8, !dbg !97
  %42 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !97
  store i64 %41, i64* %42, align 8, !dbg !97
  %43 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !97
  store i64 %38, i64* %43, align 8, !dbg !97
  %44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_calls to i8*), i8* nonnull %36) #0, !dbg !97
  %.not6 = icmp eq i8* %44, null, !dbg !97
  br i1 %.not6, label %agg.init, label %agg.have, !dbg !97

stat.inc:                                         ; preds = %rec.lost
  %45 = bitcast i8* %35 to i64*, !dbg !96
  %46 = load i64, i64* %45, align 8, !dbg !96
  %47 = add i64 %46, 1, !dbg !96
  store i64 %47, i64* %45, align 8, !dbg !96
  br label %rec.done, !dbg !96

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %44, %rec.done ], [ %52, %agg.init ], !dbg !97
  %48 = bitcast i8* %agg to i64*, !dbg !97
  %49 = load i64, i64* %48, align 8, !dbg !97
  %50 = add i64 %49, 1, !dbg !97
  store i64 %50, i64* %48, align 8, !dbg !97
  br label %return, !dbg !97

agg.init:                                         ; preds = %rec.done
  %51 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_calls to i8*), i8* nonnull %36, i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 72), i64 1) #0, !dbg !97
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_calls to i8*), i8* nonnull %36) #0, !dbg !97
  %.not7 = icmp eq i8* %52, null, !dbg !97
  br i1 %.not7, label %agg.full, label %agg.have, !dbg !97

agg.full:                                         ; preds = %agg.init
  %53 = bitcast i32* %zero to i8*, !dbg !97
  %54 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %53) #0, !dbg !97
  %.not8 = icmp eq i8* %54, null, !dbg !97
  br i1 %.not8, label %return, label %stat.inc3, !dbg !97

stat.inc3:                                        ; preds = %agg.full
  %55 = getelementptr i8, i8* %54, i64 16, !dbg !97
  %56 = bitcast i8* %55 to i64*, !dbg !97
  %57 = load i64, i64* %56, align 8, !dbg !97
  %58 = add i64 %57, 1, !dbg !97
  store i64 %58, i64* %56, align 8, !dbg !97
  br label %return, !dbg !97
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_ut_add(i8* %ctx) #0 section "uretprobe" !dbg !98 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !101
  %tmp = alloca [2 x i64], align 8, !dbg !101
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !100, metadata !DIExpression()), !dbg !101
  %zero = alloca i32, align 4, !dbg !102
  store i32 0, i32* %zero, align 4, !dbg !102
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !102
  %1 = icmp eq i64 %0, 0, !dbg !102
  br i1 %1, label %pid.match, label %pid.filter, !dbg !102

return:                                           ; preds = %map.full2, %stat.inc4, %map.stored, %pid.filter
  ret i32 0, !dbg !102

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %3 = lshr i64 %2, 32, !dbg !102
  %4 = icmp eq i64 %3, %0, !dbg !102
  br i1 %4, label %pid.match, label %return, !dbg !102

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [2 x i64]* %tmp to i8*, !dbg !103
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !103
  %7 = lshr i64 %6, 32, !dbg !103
  %8 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 56) to i64*), align 8, !dbg !103
  %9 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !103
  store i64 %8, i64* %9, align 8, !dbg !103
  %10 = or i64 %7, 4294967296, !dbg !103
  %11 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !103
  store i64 %10, i64* %11, align 8, !dbg !103
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !103
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !103
  store i64 0, i64* %13, align 8, !dbg !103
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_sym to i8*), i8* nonnull %12, i8* nonnull %5, i64 0) #0, !dbg !103
  %15 = icmp slt i64 %14, 0, !dbg !103
  br i1 %15, label %map.full, label %map.stored, !dbg !103

map.full:                                         ; preds = %pid.match
  %16 = bitcast i32* %zero to i8*, !dbg !103
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !103
  %.not6 = icmp eq i8* %17, null, !dbg !103
  br i1 %.not6, label %map.stored, label %stat.inc, !dbg !103

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %18 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([80 x i8], [80 x i8]* @tp_ro, i64 0, i64 64) to i64*), align 8, !dbg !104
  store i64 %18, i64* %9, align 8, !dbg !104
  store i64 0, i64* %13, align 8, !dbg !104
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_at to i8*), i8* nonnull %12, i8* nonnull %5, i64 0) #0, !dbg !104
  %20 = icmp slt i64 %19, 0, !dbg !104
  br i1 %20, label %map.full2, label %return, !dbg !104

stat.inc:                                         ; preds = %map.full
  %21 = getelementptr i8, i8* %17, i64 24, !dbg !103
  %22 = bitcast i8* %21 to i64*, !dbg !103
  %23 = load i64, i64* %22, align 8, !dbg !103
  %24 = add i64 %23, 1, !dbg !103
  store i64 %24, i64* %22, align 8, !dbg !103
  br label %map.stored, !dbg !103

map.full2:                                        ; preds = %map.stored
  %25 = bitcast i32* %zero to i8*, !dbg !104
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !104
  %.not = icmp eq i8* %26, null, !dbg !104
  br i1 %.not, label %return, label %stat.inc4, !dbg !104

stat.inc4:                                        ; preds = %map.full2
  %27 = getelementptr i8, i8* %26, i64 8, !dbg !104
  %28 = bitcast i8* %27 to i64*, !dbg !104
  %29 = load i64, i64* %28, align 8, !dbg !104
  %30 = add i64 %29, 1, !dbg !104
  store i64 %30, i64* %28, align 8, !dbg !104
  br label %return, !dbg !104
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!86, !87}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !74, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "uprobe_usym_uaddr.tp", directory: ".")
!4 = !{!0, !5, !28, !43, !58, !68}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_at", linkageName: "m_at", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "m_calls", linkageName: "m_calls", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !46)
!46 = !{!47, !33, !52, !57}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !48, size: 64, align: 64)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 5, lowerBound: 0)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !53, size: 64, align: 64, offset: 128)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 128, align: 8)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 192)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "m_sym", linkageName: "m_sym", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !61)
!61 = !{!32, !33, !38, !62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !63, size: 64, align: 64, offset: 192)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 128, align: 8, elements: !66)
!65 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!66 = !{!67}
!67 = !DISubrange(count: 16, lowerBound: 0)
!68 = !DIGlobalVariableExpression(var: !69, expr: !DIExpression())
!69 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !70, isLocal: false, isDefinition: true, align: 64)
!70 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !71)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 640, align: 8, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 80, lowerBound: 0)
!74 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !75)
!75 = !{!76, !81}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !77, size: 64, align: 64)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64, align: 64, dwarfAddressSpace: 0)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 27, lowerBound: 0)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !82, size: 64, align: 64, offset: 64)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 262144, lowerBound: 0)
!86 = !{i32 2, !"Debug Info Version", i32 3}
!87 = !{i32 2, !"Dwarf Version", i32 4}
!88 = distinct !DISubprogram(name: "tp0_ut_call", linkageName: "tp0_ut_call", scope: !3, file: !3, line: 7, type: !89, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !92)
!89 = !DISubroutineType(types: !90)
!90 = !{!12, !91}
!91 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!92 = !{!93}
!93 = !DILocalVariable(name: "ctx", arg: 1, scope: !88, file: !3, line: 7, type: !91)
!94 = !DILocation(line: 7, scope: !88)
!95 = !DILocation(line: 7, column: 1, scope: !88)
!96 = !DILocation(line: 9, column: 2, scope: !88)
!97 = !DILocation(line: 10, column: 2, scope: !88)
!98 = distinct !DISubprogram(name: "tp1_ut_add", linkageName: "tp1_ut_add", scope: !3, file: !3, line: 12, type: !89, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !99)
!99 = !{!100}
!100 = !DILocalVariable(name: "ctx", arg: 1, scope: !98, file: !3, line: 12, type: !91)
!101 = !DILocation(line: 12, scope: !98)
!102 = !DILocation(line: 12, column: 1, scope: !98)
!103 = !DILocation(line: 14, column: 2, scope: !98)
!104 = !DILocation(line: 15, column: 2, scope: !98)
